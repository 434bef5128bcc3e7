package cn.jsedu.ledger.query.notification;

import cn.jsedu.ledger.kernel.role.Role;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configured addresses a notification goes to: every recipient of its role, narrowed for a college officer to the
 * platform's college and for an enterprise representative to the enterprise of the party named, never the user
 * it excepts (the proposer of a proposal). The same rules as the inbox's, read from configuration.
 */
final class Recipients {

    private final Map<String, NotificationSettings.Recipient> byUser;

    Recipients(Map<String, NotificationSettings.Recipient> byUser) {
        this.byUser = new TreeMap<>(byUser);
    }

    List<String> of(Notification n, Optional<String> college, Optional<String> creditCode) {
        return byUser.entrySet().stream()
                .filter(e -> e.getValue().role() == n.audienceRole() && !e.getKey().equals(n.exceptUser()))
                .filter(e -> n.audienceRole() != Role.COLLEGE_OFFICER
                        || college.isPresent() && college.get().equals(e.getValue().college()))
                .filter(e -> n.audienceRole() != Role.ENTERPRISE_REPRESENTATIVE
                        || creditCode.isPresent() && creditCode.get().equals(e.getValue().enterprise()))
                .map(e -> e.getValue().address())
                .filter(a -> a != null && !a.isBlank())
                .distinct().toList();
    }
}

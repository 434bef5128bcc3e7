package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the panel still has to score in a round: every PANEL item of the round's scheme for every platform in its
 * scope that has no score yet. In scope: the programme's platforms (of the round's batch if it names one) that were
 * approved, as the ranking selects them (a construction period), and are not rejected or terminated — the platforms
 * the command side accepts panel scores for.
 */
@Service
public class MissingPanelScores {

    private static final int PAGE = 500;

    private final RoundQueries rounds;
    private final PlatformQueries platforms;

    public MissingPanelScores(RoundQueries rounds, PlatformQueries platforms) {
        this.rounds = rounds;
        this.platforms = platforms;
    }

    public List<MissingPanelScore> of(RoundRow round) {
        return of(round, rounds.latestPanelScores(round.roundId()));
    }

    public List<MissingPanelScore> of(RoundRow round, List<PanelScoreView> scores) {
        Set<String> scored = new HashSet<>();
        scores.forEach(s -> scored.add(s.platformId() + "\u0000" + s.itemCode()));
        List<SchemeItem> items = round.scheme().itemsOf(ItemKind.PANEL);
        List<MissingPanelScore> missing = new ArrayList<>();
        for (PlatformRow row : inScope(round)) {
            for (SchemeItem item : items) {
                if (!scored.contains(row.platformId() + "\u0000" + item.code())) {
                    missing.add(new MissingPanelScore(row.platformId(), item.code()));
                }
            }
        }
        return missing;
    }

    private List<PlatformRow> inScope(RoundRow round) {
        List<PlatformRow> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<PlatformRow> rows = platforms.list(new PlatformQueries.Filter(round.programmeId(), null,
                    round.batch(), null), page, PAGE).rows();
            rows.stream().filter(r -> r.constructionStart() != null && r.status().wasApproved()
                    && !r.status().isFinal()).forEach(all::add);
            if (rows.size() < PAGE) {
                return all;
            }
        }
    }
}

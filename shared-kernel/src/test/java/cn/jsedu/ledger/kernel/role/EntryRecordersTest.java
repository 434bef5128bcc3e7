package cn.jsedu.ledger.kernel.role;

import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import org.junit.jupiter.api.Test;

import static cn.jsedu.ledger.kernel.role.Role.COLLEGE_OFFICER;
import static cn.jsedu.ledger.kernel.role.Role.FINANCE_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryRecordersTest {

    @Test
    void provincialMoneyIsTheFinanceOfficesEverythingElseTheCollegesAndEverySpendingTheCollegesToo() {
        for (FundingSource source : FundingSource.values()) {
            Role inOrBack = source == FundingSource.PROVINCIAL_FINANCE ? FINANCE_OFFICER : COLLEGE_OFFICER;
            assertThat(EntryRecorders.recorderOf(EntryKind.INSTALLMENT, source)).as("installment " + source).isEqualTo(inOrBack);
            assertThat(EntryRecorders.recorderOf(EntryKind.RECOVERY, source)).as("recovery " + source).isEqualTo(inOrBack);
            assertThat(EntryRecorders.recorderOf(EntryKind.EXPENDITURE, source)).isEqualTo(COLLEGE_OFFICER);
        }
        assertThat(EntryRecorders.recorderOf(EntryKind.ENTERPRISE_CONTRIBUTION, FundingSource.ENTERPRISE))
                .isEqualTo(COLLEGE_OFFICER);
    }

    @Test
    void theRolesAMoneyEndpointAdmits() {
        assertThat(EntryRecorders.recordersOf(EntryKind.INSTALLMENT)).containsExactlyInAnyOrder(FINANCE_OFFICER, COLLEGE_OFFICER);
        assertThat(EntryRecorders.recordersOf(EntryKind.ENTERPRISE_CONTRIBUTION)).containsExactly(COLLEGE_OFFICER);
        assertThat(EntryRecorders.recordersOf(EntryKind.EXPENDITURE)).containsExactly(COLLEGE_OFFICER);
        assertThat(EntryRecorders.recordersOf(EntryKind.RECOVERY)).containsExactlyInAnyOrder(FINANCE_OFFICER, COLLEGE_OFFICER);
        assertThat(EntryRecorders.recordersOf(EntryKind.ADJUSTMENT)).containsExactlyInAnyOrder(FINANCE_OFFICER, COLLEGE_OFFICER);
    }

    @Test
    void nobodyElseRecordsMoneyAndACorrectionHasNoRecorderOfItsOwn() {
        for (Role role : new Role[]{Role.PROVINCE_ADMIN, Role.AUDITOR, null}) {
            assertThat(EntryRecorders.mayRecord(role, EntryKind.INSTALLMENT, FundingSource.PROVINCIAL_FINANCE)).isFalse();
            assertThat(EntryRecorders.mayRecord(role, EntryKind.EXPENDITURE, FundingSource.COLLEGE)).isFalse();
        }
        assertThatThrownBy(() -> EntryRecorders.recorderOf(EntryKind.ADJUSTMENT, FundingSource.COLLEGE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

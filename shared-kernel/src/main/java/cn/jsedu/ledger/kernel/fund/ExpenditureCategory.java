package cn.jsedu.ledger.kernel.fund;

/** What money was spent on (资金支出类别). */
public enum ExpenditureCategory {
    /** 设备购置. */
    EQUIPMENT_PURCHASE,
    /** 设施改造. */
    FACILITY_RENOVATION,
    /** 资源开发. */
    RESOURCE_DEVELOPMENT,
    /** 师资建设. */
    TEACHER_DEVELOPMENT,
    /** 培训运行. */
    TRAINING_OPERATION,
    OTHER
}

package cn.jsedu.ledger.kernel.report;

/** Whether an equipment register entry records an item acquired or retired (设备更新). */
public enum EquipmentChange {
    ACQUIRED, RETIRED
}

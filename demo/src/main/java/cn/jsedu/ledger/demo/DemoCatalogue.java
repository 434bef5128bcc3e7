package cn.jsedu.ledger.demo;

import java.util.List;

/**
 * The names the demo programme is made of: thirty Jiangsu higher-vocational colleges (real names, illustrative
 * college codes), the cities they are in (with the administrative division codes that begin a unified social credit
 * code there), and fifteen industry themes with invented enterprise names and equipment. No real enterprise is named.
 */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    record College(String name, String city, String division) {
    }

    record Theme(String majorGroup, String industry, String title, String enterprise1, String enterprise2,
                 List<String> equipment) {
    }

    static final List<College> COLLEGES = List.of(
            new College("无锡职业技术学院", "无锡", "320200"),
            new College("南京工业职业技术大学", "南京", "320100"),
            new College("常州信息职业技术学院", "常州", "320400"),
            new College("江苏农林职业技术学院", "镇江", "321100"),
            new College("南京信息职业技术学院", "南京", "320100"),
            new College("苏州工业职业技术学院", "苏州", "320500"),
            new College("江苏经贸职业技术学院", "南京", "320100"),
            new College("常州机电职业技术学院", "常州", "320400"),
            new College("南通职业大学", "南通", "320600"),
            new College("扬州工业职业技术学院", "扬州", "321000"),
            new College("苏州经贸职业技术学院", "苏州", "320500"),
            new College("江苏建筑职业技术学院", "徐州", "320300"),
            new College("无锡商业职业技术学院", "无锡", "320200"),
            new College("常州工程职业技术学院", "常州", "320400"),
            new College("江苏食品药品职业技术学院", "淮安", "320800"),
            new College("南京铁道职业技术学院", "南京", "320100"),
            new College("江苏海事职业技术学院", "南京", "320100"),
            new College("徐州工业职业技术学院", "徐州", "320300"),
            new College("泰州职业技术学院", "泰州", "321200"),
            new College("盐城工业职业技术学院", "盐城", "320900"),
            new College("江苏航运职业技术学院", "南通", "320600"),
            new College("苏州农业职业技术学院", "苏州", "320500"),
            new College("江苏电子信息职业学院", "淮安", "320800"),
            new College("连云港职业技术学院", "连云港", "320700"),
            new College("镇江市高等专科学校", "镇江", "321100"),
            new College("江阴职业技术学院", "无锡", "320200"),
            new College("宿迁职业技术学院", "宿迁", "321300"),
            new College("南京科技职业学院", "南京", "320100"),
            new College("江苏工程职业技术学院", "南通", "320600"),
            new College("苏州市职业大学", "苏州", "320500"));

    static final List<Theme> THEMES = List.of(
            new Theme("智能制造专业群", "高端装备制造", "智能制造产教融合集成平台", "精工智能装备", "数控机床",
                    List.of("五轴联动加工中心", "智能产线数字孪生系统", "工业机器人实训工作站")),
            new Theme("物联网应用技术专业群", "物联网", "物联网产教融合集成平台", "感知物联科技", "智联通信",
                    List.of("物联网综合实训平台", "边缘计算网关实训台", "智慧园区仿真系统")),
            new Theme("集成电路技术专业群", "集成电路", "集成电路产教融合集成平台", "芯微电子", "晶测半导体",
                    List.of("芯片测试机", "封装工艺实训线", "EDA设计工作站")),
            new Theme("现代农业技术专业群", "现代农业", "智慧农业产教融合集成平台", "绿源农业科技", "丰谷种业",
                    List.of("智能温室控制系统", "植保无人机", "土壤检测实验室设备")),
            new Theme("新能源汽车技术专业群", "新能源汽车", "新能源汽车产教融合集成平台", "驰电新能源汽车", "能储电池",
                    List.of("动力电池检测台", "整车故障诊断实训台", "电驱系统拆装台")),
            new Theme("工业机器人技术专业群", "机器人", "工业机器人产教融合集成平台", "协创机器人", "精控自动化",
                    List.of("六轴工业机器人", "协作机器人工作站", "视觉检测实训系统")),
            new Theme("现代物流管理专业群", "现代物流", "智慧物流产教融合集成平台", "通达供应链", "捷运仓储",
                    List.of("自动化立体仓库", "AGV搬运实训系统", "冷链监测平台")),
            new Theme("建筑智能化工程技术专业群", "智能建造", "智能建造产教融合集成平台", "筑联建设科技", "建科智造",
                    List.of("BIM协同实训中心", "装配式建筑实训线", "建筑测量机器人")),
            new Theme("药品生物技术专业群", "生物医药", "生物医药产教融合集成平台", "康源生物医药", "健华制药",
                    List.of("GMP模拟生产线", "高效液相色谱仪", "细胞培养实训室设备")),
            new Theme("城市轨道交通专业群", "轨道交通", "轨道交通产教融合集成平台", "轨通智能装备", "铁联信号技术",
                    List.of("列车运行控制实训系统", "接触网实训线", "车辆检修实训台")),
            new Theme("船舶工程技术专业群", "海工装备", "船舶与海工装备产教融合集成平台", "海航船舶工程", "蓝海装备",
                    List.of("船舶焊接机器人", "轮机模拟器", "船舶电气实训台")),
            new Theme("软件技术专业群", "软件和信息服务", "软件与信息服务产教融合集成平台", "云帆软件", "数智信息技术",
                    List.of("云计算实训平台", "信创适配实验室设备", "大数据分析集群")),
            new Theme("跨境电子商务专业群", "数字贸易", "数字贸易产教融合集成平台", "跨境优选电子商务", "环球数贸",
                    List.of("直播电商实训中心", "跨境电商运营实训系统", "数字营销沙盘")),
            new Theme("应用化工技术专业群", "新材料", "新材料产教融合集成平台", "新材高分子材料", "精细化工科技",
                    List.of("化工仿真工厂", "材料性能测试仪", "中试反应装置")),
            new Theme("现代纺织技术专业群", "现代纺织", "现代纺织产教融合集成平台", "锦纶纺织科技", "时尚服饰",
                    List.of("智能织机", "数码印花机", "服装3D设计系统")));
}

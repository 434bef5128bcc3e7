package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.command.platform.ApprovePlatformCommand;
import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.command.platform.DeclarePlatformCommand;
import cn.jsedu.ledger.command.platform.RecordExpenditureCommand;
import cn.jsedu.ledger.command.platform.RecordInstallmentCommand;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.CreditCode;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The money commands of S1-S4: installments and expenditures alternately, on approved platforms that hold far more
 * provincial cash than the run can spend, so no command is refused by a rule. The same commands go through the
 * CommandGateway (with the metadata the HTTP API would add) or as the API's JSON bodies.
 */
final class Workload {

    static final String E1 = CreditCode.withCheckCharacter("91320200MA1MXXXX1").value();
    static final LocalDate START = LocalDate.of(2020, 3, 1);
    private static final AtomicLong ENTRY = new AtomicLong();
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private Workload() {
    }

    static List<PlanLine> plan() {
        return List.of(new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2020, Money.ofYuan(20_000_000)),
                new PlanLine(FundingSource.ENTERPRISE, "E1", 2020, Money.ofYuan(10_000_000)));
    }

    /** Declared, approved and funded with 1,000,000,000.00 of provincial cash: three commands, version 2. */
    static void createPlatforms(CommandGateway gateway, List<String> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> work = ids.stream().map(id -> pool.submit(() -> {
                PlatformId pid = PlatformId.of(id);
                send(gateway, new DeclarePlatformCommand(pid, ProgrammeId.DEFAULT, new College("C-" + id, "学院 " + id), "智能制造专业群",
                        "高端装备制造", "产教融合集成平台 " + id, List.of(new EnterpriseParty("E1", "甲企业", E1)), plan()));
                send(gateway, new ApprovePlatformCommand(pid, 2, START, "苏教职〔2020〕1号", null));
                send(gateway, new RecordInstallmentCommand(pid, EntryId.of("SEED"), FundingSource.PROVINCIAL_FINANCE,
                        null, ContributionForm.CASH, Money.ofYuan(1_000_000_000), START.plusMonths(1), "财拨-SEED",
                        null));
                return (Object) null;
            })).toList();
            for (Future<Object> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static List<String> ids(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> String.format("%s-%05d", prefix, i)).toList();
    }

    static String pick(List<String> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    /** The n-th money command of a client: even n an installment of 100.00, odd n an expenditure of 1.00. */
    static Object command(String platformId, long n) {
        PlatformId pid = PlatformId.of(platformId);
        String entry = "B" + ENTRY.incrementAndGet();
        if (n % 2 == 0) {
            return new RecordInstallmentCommand(pid, EntryId.of(entry), FundingSource.PROVINCIAL_FINANCE, null,
                    ContributionForm.CASH, Money.ofYuan(100), LocalDate.of(2021, 1, 1), "财拨-" + entry, null);
        }
        return new RecordExpenditureCommand(pid, EntryId.of(entry), ExpenditureCategory.EQUIPMENT_PURCHASE,
                FundingSource.PROVINCIAL_FINANCE, null, Money.ofYuan(1), LocalDate.of(2021, 6, 1), "付款-" + entry);
    }

    /** Through the gateway with the metadata CommandSubmitter adds for an HTTP request. */
    static CommandResult send(CommandGateway gateway, Object command) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                EventMetadataKeys.USER, "bench", EventMetadataKeys.ROLE, "LOCAL_OPERATOR",
                EventMetadataKeys.CLIENT_ADDRESS, "127.0.0.1",
                EventMetadataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
    }

    /**
     * An installment of 100.00 as an API call, with an Idempotency-Key as a careful client sends it, by the finance
     * officer (expenditures are a college officer's command, for its own platform only); returns the version.
     */
    static long post(String commandBase, String platformId, long n) throws Exception {
        String entry = "H" + ENTRY.incrementAndGet();
        String body = Http.expect(201, commandBase + "/api/v1/platforms/" + platformId + "/installments", """
                {"entryId":"%s","source":"PROVINCIAL_FINANCE","form":"CASH","amount":"100.00",\
                "effectiveDate":"2021-01-01","voucherRef":"财拨-%s"}""".formatted(entry, entry), "k-" + entry);
        Matcher m = VERSION.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}

package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.event.ProposedChangeEvent;
import cn.jsedu.ledger.query.export.DossierWords;
import cn.jsedu.ledger.query.proposal.ProposalProjection;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of proposal the ledger records, summarised as the proposal read model stores it, reads in the dossier
 * in Chinese words: no decision code ({@code WITHDRAW_KEY_SUPPORT}) and no English of the summary's shape is left.
 * The histories are {@link EveryEvent}'s, so a new kind of proposal shows here.
 */
class ProposalSummariesInWordsTest {

    @Test
    void everyKindOfProposalReadsInWords() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/ledger-values", "i18n/dossier-words");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        DossierWords words = new DossierWords(messages, Locale.SIMPLIFIED_CHINESE);
        Set<Class<?>> kinds = new HashSet<>();
        for (int index = 0; index < 12; index++) {
            for (Object event : EveryEvent.of("JS-W" + index, index)) {
                if (event instanceof ProposedChangeEvent proposed) {
                    kinds.add(event.getClass());
                    String summary = ProposalProjection.summary(proposed);
                    assertThat(words.proposal(summary)).as(summary).doesNotContainPattern("[A-Za-z]{2,}");
                }
            }
        }
        assertThat(kinds).hasSize(5); // decision, plan revision, suspension, extension, acceptance override
    }
}

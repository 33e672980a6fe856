package dev.crampguide.wording;

import java.util.Set;

/**
 * What differs between the places an answer is spoken.
 *
 * @param maxWords         the whole answer, follow-up included, stays within this many words
 * @param emergencyLead    said instead of the table's emergency lead (e.g. with the local number); null: the lead
 * @param followUp         the closing question, or null
 * @param moreWarningSigns said when some warning signs did not fit the budget (if a follow-up leaves room for it);
 *                         null: they are left out silently
 * @param newFacts         fact names (as rows' {@code because} spells them) the person just added: the items
 *                         they caused are spoken first, a remedy asked about before anything else
 * @param leadSoFar        said instead of the table's self-care lead until screening is done; null: the table's
 * @param soFar            said instead of the table's "so far" reminder after another lead; null: the table's
 * @param preface          said first, before the lead (never in an emergency, where the call comes first); null: none
 * @param alreadySaid      what this listener has heard already in the conversation, as {@link Speech#said()} names
 *                         it (row ids, and {@link Wording#LEAD}, {@link Wording#SO_FAR}, {@link Wording#CLOSING}
 *                         keys): not said again, except in an emergency; empty for the API
 */
public record Voice(int maxWords, String emergencyLead, String followUp, String moreWarningSigns,
        Set<String> newFacts, String leadSoFar, String soFar, String preface, Set<String> alreadySaid) {

    /** The API's voice: its budget, the table's own sentences; the next screening question is added per answer. */
    public static final Voice API = new Voice(Wording.MAX_SPOKEN_WORDS, null, null, null, Set.of(), null, null, null,
            Set.of());

    public Voice {
        newFacts = Set.copyOf(newFacts);
        alreadySaid = alreadySaid == null ? Set.of() : Set.copyOf(alreadySaid);
    }

    Voice withFollowUp(String question) {
        return new Voice(maxWords, emergencyLead, question, moreWarningSigns, newFacts, leadSoFar, soFar, preface,
                alreadySaid);
    }
}

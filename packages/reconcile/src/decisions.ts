import { compareText } from './compare-text.js';
import type { Decision } from '@reckon/schema';
import type { Draft } from './draft.js';

/**
 * Validates each decision against the fact it names and records confirmations. A decision is bound to
 * the claims it saw: when they change, or the value it confirmed moves, it fails loudly so a person looks again.
 */
export function applyDecisions(drafts: readonly Draft[], decisions: ReadonlyMap<string, Decision>): string[] {
  const errors: string[] = [];
  const byId = new Map(drafts.map((d) => [d.fact_id, d]));
  for (const decision of [...decisions.values()].sort((a, b) => compareText(a.fact_id, b.fact_id))) {
    const where = `decisions.yaml: decision on fact ${decision.fact_id} (${decision.reviewer}, ${decision.date})`;
    const draft = byId.get(decision.fact_id);
    if (!draft) {
      errors.push(`${where}: no such fact any more; its claims or period changed. Review it with \`reckon explain\` and update or remove it.`);
      continue;
    }
    const now = draft.evidence.map((e) => e.claim.claim_id).sort();
    const then = [...decision.claims].sort();
    if (now.join() !== then.join()) {
      errors.push(`${where}: no longer matches its fact: it lists claims [${then.join(', ')}] but the fact now has [${now.join(', ')}]. Review it and list the current claims.`);
      continue;
    }
    const missing = decision.prefer.filter((id) => !now.includes(id));
    if (decision.action === 'override' && (!decision.prefer.length || missing.length)) {
      errors.push(`${where}: override must prefer claims of the fact; ${missing.length ? `not in it: ${missing.join(', ')}` : 'prefer is empty'}.`);
      continue;
    }
    if (decision.action === 'confirm') {
      if (draft.winner === null) {
        errors.push(`${where}: confirms a disputed fact, which has no value to confirm; use action: override with prefer: [claim ids].`);
        continue;
      }
      const value = draft.bests[draft.winner]!.claim.value;
      if (decision.value !== undefined && decision.value !== value) {
        errors.push(`${where}: confirmed value ${decision.value}, but the fact now publishes ${value}. Review it and confirm or override again.`);
        continue;
      }
      draft.rule = 'decision';
      draft.rationale += ` Confirmed by ${decision.reviewer} on ${decision.date}: ${decision.reason}`;
      for (const c of draft.conflicts) {
        if (c.resolution === 'consistent') continue;
        c.resolution = 'adjudicated';
        c.rule = 'decision';
        c.rationale += ` Confirmed by ${decision.reviewer} on ${decision.date}: ${decision.reason}`;
      }
    }
  }
  return errors;
}

import type { TextSpan } from '@reckon/schema';

/** Lines that are site furniture, not reporting. Matched against a whole trimmed line. */
const BOILERPLATE_LINES: Array<[RegExp, string]> = [
  [/^visited \d+ times?(?:\(s\))?,? \d+ visits?(?:\(s\))? today\.?$/i, 'visit counter'],
  [/^\d+ (?:min(?:ute)?s?|minutes?) read$/i, 'reading time'],
  [/^(?:share|share this(?: article| story| post)?|tweet|print|email|copy link)(?:\s*[:|].*)?$/i, 'share links'],
  [/^(?:subscribe|sign up)\b.{0,120}$/i, 'newsletter prompt'],
  // "Forwarded this brief? Subscribe free at ... Previous issue: #10 — AFM closes 14 exchangers": a newsletter's footer.
  [/^(?:forwarded this|was this (?:email|newsletter|brief) forwarded)\b.{0,400}$/i, 'newsletter prompt'],
  [/^(?:read more|read also|also read|see also|related|related articles|recommended|advertisement|sponsored|follow us|more news|latest news|most read)\b.{0,80}$/i, 'site navigation'],
  // "Related News: EFCC arrests 53 suspected internet fraudsters in Ibadan | Court remands ...": links on the label's line;
  // "Previous: EFCC Secures Conviction of 12 Internet Fraudsters", "Next: Court Remands ...": a post's neighbours.
  [/^(?:read|read more|read also|read next|also read|see also|related(?: [\w-]+){0,2}|other (?:news|stories|articles)|more on this|recommended|previous issue|last issue|next issue|in case you missed it|more from [\w&' -]{1,30}|previous(?: (?:article|post|story))?|next(?: (?:article|post|story))?)\s*:\s*\S.{0,300}$/i, 'links to other stories'],
  [/^(?:©|copyright\b|all rights reserved).{0,160}$/i, 'copyright notice'],
  [/^(?:posted|published|updated|last updated)(?: on| at)?:? .{0,60}$/i, 'article metadata'],
  [/^(?:by|author:)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}$/, 'byline'],
  [/^(?:tags?|categories|filed under):.{0,200}$/i, 'tags'],
  // "Home / India News / ED attaches ₹312-crore assets ...": a breadcrumb trail, the headline at its end stated again below.
  [/^home\s*[/›>»|]\s*\S.{0,300}$/i, 'breadcrumb'],
];

/** A line that heads a list of links to other stories: "Read also:", "Related news", "Also on Crónica Económica:". */
const LINKS_HEADER = /^(?:read also|also read|read more|read next|see also|related(?: [\w-]+){0,2}|more news|more on (?:this|the) (?:topic|story|subject)|other news|other stories|other articles|latest news|more stories|most read|you may also like|also on [^.]{1,40}|more from [^.]{1,40}|more for you|reading now|don['’]t miss|must read|trending(?: now| news)?|popular(?: now| news| stories)?|top stories|editor['’]s (?:picks|choice)|further reading|what to read next|(?:skip next section\s+)?explore more)\s*:?$/i;
/** A headline of another story: short, and ending without a full stop. */
const isHeadline = (line: string) => line.split(/\s+/).length <= 24 && !/[.;:]$/.test(line);

/**
 * Marks site boilerplate in a source text: known furniture lines, the headlines of other stories listed under
 * "Read also:", lines repeating the headline or the outlet's name, and any line that occurs more than once.
 * The text itself is never changed; extraction skips these spans and offsets stay valid.
 */
export function findBoilerplate(text: string, hints: { title?: string | null; publisher?: string | null; extra?: RegExp[] } = {}): TextSpan[] {
  const spans: TextSpan[] = [];
  const title = simplify(hints.title ?? '');
  const publisher = simplify(hints.publisher ?? '');
  const lines = [...linesOf(text)].map((l) => ({ ...l, key: simplify(l.text) }));
  const counts = new Map<string, number>();
  for (const l of lines) if (l.key) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  const patterns = [...BOILERPLATE_LINES, ...(hints.extra ?? []).map((r): [RegExp, string] => [r, 'pipeline boilerplate pattern'])];
  // Under a "Read also:" line, the headlines that follow (blank lines between them or not) link to other stories.
  let links = false;
  for (const l of lines) {
    const trimmed = l.text.trim();
    if (!trimmed) continue;
    const key = l.key;
    // "**Most read**", "## Related": a header's Markdown marks are no words.
    links = LINKS_HEADER.test(trimmed.replace(/^(?:#+\s*|\*\*|__)|(?:\*\*|__)$/g, '')) || (links && isHeadline(trimmed));
    const reason =
      (links ? 'links to other stories' : undefined) ??
      patterns.find(([re]) => re.test(trimmed))?.[1] ??
      (title && key === title ? 'repeated headline' : undefined) ??
      (publisher && key === publisher ? 'site name' : undefined) ??
      ((counts.get(key) ?? 0) > 1 && trimmed.split(/\s+/).length <= 20 ? 'repeated line' : undefined);
    if (reason) spans.push({ start: l.start, end: l.start + l.text.length, reason });
  }
  return spans;
}

function* linesOf(text: string): Generator<{ start: number; text: string }> {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    yield { start, text: text.slice(start, stop) };
    if (end === -1) return;
    start = end + 1;
  }
}

function simplify(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

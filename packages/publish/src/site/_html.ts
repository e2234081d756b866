/** Markup known to be safe: built by `html`, whose interpolations are escaped, or produced by a trusted renderer. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What a template may interpolate: text is escaped, Html is kept, lists are joined, empty values vanish. */
export type Part = Html | string | number | null | undefined | false | readonly Part[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.markup;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/**
 * Tagged template that escapes every interpolation unless it is Html already: text from the open web
 * (titles, quotes, source texts) can never become markup. Attribute values must be quoted in the template.
 */
export function html(strings: TemplateStringsArray, ...parts: readonly Part[]): Html {
  let markup = strings[0]!;
  parts.forEach((part, i) => {
    markup += render(part) + strings[i + 1]!;
  });
  return new Html(markup);
}

/** Markup from a renderer that escapes on its own (the chart library's DOM serialiser). */
export function trustedMarkup(markup: string): Html {
  return new Html(markup);
}

/** A URL fit for an href: only http(s), so a `javascript:` or `data:` URL from a source's front matter never becomes a link. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

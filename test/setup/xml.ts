// A small strict XML reader for the tests: it throws on anything that is not well-formed (unclosed or
// mismatched tags, unquoted or repeated attributes, a raw "<" or "&" in text, unknown entities, text
// outside the root) and returns the element tree. Enough to hold the Atom feed to XML 1.0's rules
// without a new dependency; it does not read DTDs, CDATA or processing instructions past the prolog.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated, unescaped text directly inside the element. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(raw: string, where: number): string {
  if (/<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) {
    throw new Error(`XML: raw "<" or "&" (or an unknown entity) in text or attribute near offset ${where}`);
  }
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : ENTITIES[e]!,
  );
}

const NAME = /^[A-Za-z_][\w.:-]*/;

export function parseXml(source: string): XmlElement {
  let at = 0;
  const prolog =
    /^<\?xml\s+version="1\.[0-9]"(?:\s+encoding="[A-Za-z0-9._-]+")?(?:\s+standalone="(?:yes|no)")?\s*\?>/.exec(source);
  if (!prolog) throw new Error('XML: missing or malformed <?xml version="1.0" …?> declaration at the start');
  at = prolog[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const text = source.slice(at, lt === -1 ? source.length : lt);
    if (text.trim()) {
      if (stack.length === 0) throw new Error(`XML: text outside the root element near offset ${at}`);
      stack.at(-1)!.text += unescape(text, at);
    }
    if (lt === -1) break;
    at = lt;
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at);
      if (end === -1) throw new Error('XML: unclosed comment');
      at = end + 3;
      continue;
    }
    if (source.startsWith('</', at)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(source.slice(at));
      if (!m) throw new Error(`XML: malformed end tag near offset ${at}`);
      const open = stack.pop();
      if (!open || open.name !== m[1])
        throw new Error(`XML: </${m[1]}> closes <${open?.name ?? 'nothing'}> near offset ${at}`);
      at += m[0].length;
      continue;
    }
    const name = NAME.exec(source.slice(at + 1))?.[0];
    if (!name) throw new Error(`XML: malformed tag near offset ${at}`);
    at += 1 + name.length;
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const rest = source.slice(at);
      const close = /^\s*(\/?)>/.exec(rest);
      if (close) {
        at += close[0].length;
        if (stack.length) stack.at(-1)!.children.push(el);
        else if (root) throw new Error(`XML: a second root element <${name}>`);
        else root = el;
        if (!close[1]) stack.push(el);
        break;
      }
      const attr = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(rest);
      if (!attr) throw new Error(`XML: malformed attribute in <${name}> near offset ${at}`);
      if (attr[1]! in el.attrs) throw new Error(`XML: attribute ${attr[1]} repeated in <${name}>`);
      el.attrs[attr[1]!] = unescape(attr[2] ?? attr[3] ?? '', at);
      at += attr[0].length;
    }
  }
  if (stack.length) throw new Error(`XML: <${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('XML: no root element');
  return root;
}

/** Child elements with this name. */
export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
/** The one child with this name; throws if there is none or more than one. */
export function child(el: XmlElement, name: string): XmlElement {
  const found = childrenNamed(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}> children, expected exactly one`);
  return found[0]!;
}

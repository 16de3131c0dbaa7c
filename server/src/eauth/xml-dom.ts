import { DOMParser } from '@xmldom/xmldom';

/** Parses XML, throwing on any error or warning-level malformation and on DTDs (no entity tricks). */
export function parseXmlStrict(xml: string): Document {
  if (/<!DOCTYPE/i.test(xml)) throw new Error('DTDs are not accepted');
  const fail = (msg: string) => {
    throw new Error(`XML parse error: ${msg}`);
  };
  const doc = new DOMParser({
    locator: {},
    errorHandler: { warning: () => undefined, error: fail, fatalError: fail },
  }).parseFromString(xml, 'text/xml');
  if (!doc || !doc.documentElement) throw new Error('XML has no root element');
  return doc;
}

/** Element children of `parent` with the given namespace and local name. */
export function childElements(parent: Element, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.namespaceURI === ns && el.localName === localName) out.push(el);
    }
  }
  return out;
}

export function firstChild(parent: Element, ns: string, localName: string): Element | undefined {
  return childElements(parent, ns, localName)[0];
}

/** Follows a path of child elements in one namespace. */
export function childPath(parent: Element, ns: string, ...names: string[]): Element | undefined {
  let current: Element | undefined = parent;
  for (const name of names) {
    if (!current) return undefined;
    current = firstChild(current, ns, name);
  }
  return current;
}

export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el || !el.hasAttribute(name)) return undefined;
  return el.getAttribute(name) ?? undefined;
}

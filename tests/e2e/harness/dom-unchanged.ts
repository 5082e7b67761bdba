import type { TestPage } from './session';

/**
 * X's page as the parser builds it from the fixture's source, next to the live page after the
 * extension ran: every element, attribute and text node must be the same, except our one
 * attribute and our own nodes.
 */
export function domUnchanged(page: TestPage) {
  return page.evaluate(async () => {
    const OURS = new Set(['data-cashtag', 'aria-describedby']);
    const signature = (root: Element) => {
      const out: string[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) return void out.push(`#${(node as Text).data}`);
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        const element = node as Element;
        if (element.localName === 'cashtag-context' || element.hasAttribute('data-cashtag-context')) return;
        // DOMParser parses without scripting, so a <noscript>'s content is elements there and text live.
        if (element.localName === 'noscript') return;
        // recycle.html's own script lays out its list and cells on load: that is the fixture, not us.
        const scripted = element.hasAttribute('data-virtual-list') || element.hasAttribute('data-fixture-cell');
        const attributes = [...element.attributes]
          .filter((attribute) => !OURS.has(attribute.name) && !(scripted && attribute.name === 'style'))
          .map((attribute) => `${attribute.name}=${attribute.value}`)
          .sort();
        out.push(`<${element.localName} ${attributes.join(' ')}>`);
        for (const child of element.childNodes) walk(child);
        out.push(`</${element.localName}>`);
      };
      walk(root);
      return out;
    };
    const withoutNoscript = (body: HTMLElement) => {
      const copy = body.cloneNode(true) as HTMLElement;
      for (const element of copy.querySelectorAll('noscript, cashtag-context, [data-cashtag-context]'))
        element.remove();
      return copy.textContent;
    };
    const source = await (await fetch(location.href)).text();
    const fresh = new DOMParser().parseFromString(source, 'text/html');
    const live = signature(document.documentElement);
    const parsed = signature(fresh.documentElement);
    const firstDifference = live.findIndex((entry, index) => entry !== parsed[index]);
    return {
      same: live.length === parsed.length && firstDifference === -1,
      detail:
        firstDifference === -1
          ? `${live.length} vs ${parsed.length} entries`
          : `${live[firstDifference]} ≠ ${parsed[firstDifference]}`,
      textSame: withoutNoscript(document.body) === withoutNoscript(fresh.body),
    };
  });
}

import type { Page } from 'playwright-core';

/** Roles a user operates: each needs a name a screen reader can say (a select's own popup, MenuListPopup, is the browser's). */
const CONTROL_ROLES = new Set([
  'button', 'link', 'textbox', 'searchbox', 'combobox', 'listbox', 'option', 'checkbox', 'radio',
  'spinbutton', 'slider', 'switch', 'tab', 'menuitem', 'DisclosureTriangle', 'PopUpButton',
]);

interface AXValue {
  value?: unknown;
}
interface AXNode {
  ignored?: boolean;
  role?: AXValue;
  name?: AXValue;
  backendDOMNodeId?: number;
}

export interface NameCheck {
  /** How many controls the page's tree holds, so a check always had something to check. */
  controls: number;
  /** Each control without a name: its role and the start of its HTML. */
  nameless: string[];
}

/**
 * Controls without an accessible name, as Chromium itself computes names (the accessibility
 * tree through the DevTools protocol, the tree a screen reader reads), not as a guess from
 * labels: a label that points nowhere or an icon-only button shows up here.
 */
export async function checkNames(page: Page): Promise<NameCheck> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const controls = nodes.filter((n) => !n.ignored && CONTROL_ROLES.has(String(n.role?.value)));
    const nameless: string[] = [];
    for (const n of controls.filter((c) => !String(c.name?.value ?? '').trim())) {
      const html = n.backendDOMNodeId
        ? ((await cdp.send('DOM.getOuterHTML', { backendNodeId: n.backendDOMNodeId })) as { outerHTML: string }).outerHTML
        : '(no DOM node)';
      nameless.push(`${String(n.role?.value)}: ${html.slice(0, 100)}`);
    }
    return { controls: controls.length, nameless };
  } finally {
    await cdp.detach();
  }
}

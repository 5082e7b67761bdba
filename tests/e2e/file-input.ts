import type { TestPage } from './harness/session';

/** Feeds a file to an <input type=file> the way a user's choice does (a change event with files). */
export function chooseFile(page: TestPage, inputSelector: string, name: string, contents: string) {
  return page.evaluate(
    ({ inputSelector, name, contents }) => {
      const input = document.querySelector<HTMLInputElement>(inputSelector)!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { inputSelector, name, contents },
  );
}

import type { ResponseViewerProps } from '../response/ResponseViewer';
import { decideRendering } from '../response/size-policy';
import { encodeJson, itemCountForMegabytes, productList } from './viewer-fixtures';
import type { ViewerBench } from './viewer-harness-api';
import { afterPaint, idleStalls, waitForElement, watchStalls } from './viewer-measure';

const TABLE_ROW_HEIGHT = 28;
/** A row's first column after the row number, once the worker has filled it in. */
const FIRST_DATA_CELL = '[role="cell"]:nth-child(2):not(:empty)';
const tableRow = (ariaRowIndex: number) => `[role="row"][aria-rowindex="${ariaRowIndex}"]`;

export interface BenchHost {
  container: HTMLElement;
  render: (props: ResponseViewerProps | undefined) => void;
  /** The bytes kept for the runs. */
  prepared: { bytes: Uint8Array<ArrayBuffer> | undefined };
}

export function benchResponse(bytes: Uint8Array<ArrayBuffer>): ResponseViewerProps['response'] {
  return {
    requestId: 'bench',
    status: 200,
    statusText: 'OK',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: bytes,
    size: bytes.byteLength,
    timings: { total: 120 },
  };
}

/**
 * Starts a measurement from a collected heap (where the page was started with --expose-gc), so
 * that one run does not pay for the garbage of the run before: JSON.parse of 50 MB leaves
 * hundreds of megabytes of it, which the viewer's run that follows would otherwise collect.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The measurements of tests/bench/viewer-*.ts, taken inside the page with its own clock. */
export function createBench({ container, render, prepared }: BenchHost): ViewerBench {
  const keptBytes = () => {
    if (!prepared.bytes) throw new Error('Call a bench.prepare* first.');
    return prepared.bytes;
  };
  const query = (selector: string) => container.querySelector(selector);
  const renderButton = () =>
    [...container.querySelectorAll('button')].find((button) => button.textContent === 'Render');

  /**
   * Mounts a fresh viewer on the kept bytes and waits for the tree. Above 20 MB the viewer asks
   * first: then `starting` runs when the user would click Render, else just before mounting.
   */
  const mountKept = async (starting: () => void = () => undefined) => {
    render(undefined);
    collectGarbage();
    await afterPaint();
    const response = benchResponse(keptBytes());
    if (decideRendering(response.size, true) === 'ask') {
      render({ response });
      const button = (await waitForElement(container, renderButton)) as HTMLButtonElement;
      starting();
      button.click();
    } else {
      starting();
      render({ response });
    }
    await waitForElement(container, () => query('[role="treeitem"]'));
  };

  return {
    async prepareSized(megabytes) {
      prepared.bytes = encodeJson(productList(itemCountForMegabytes(megabytes)));
      return prepared.bytes.byteLength;
    },
    async prepareList(itemCount) {
      prepared.bytes = encodeJson(productList(itemCount));
      return prepared.bytes.byteLength;
    },
    parseBaseline() {
      const bytes = keptBytes();
      collectGarbage();
      const start = performance.now();
      JSON.parse(new TextDecoder().decode(bytes));
      return performance.now() - start;
    },
    async treeFirstPaint() {
      const clock = { start: 0, stalls: undefined as ReturnType<typeof watchStalls> | undefined };
      await mountKept(() => {
        clock.stalls = watchStalls();
        clock.start = performance.now();
      });
      await afterPaint();
      const ms = performance.now() - clock.start;
      return { ms, ...clock.stalls!.stop() };
    },
    idleStalls(ms) {
      collectGarbage();
      return idleStalls(ms);
    },
    async tableFirstPaint() {
      await mountKept();
      const tab = await waitForElement(container, () =>
        [...container.querySelectorAll('[role="tab"]')].find(
          (element) => element.textContent === 'Table',
        ),
      );
      await afterPaint();
      const start = performance.now();
      (tab as HTMLElement).click();
      await waitForElement(container, () => query(`${tableRow(2)} ${FIRST_DATA_CELL}`));
      await afterPaint();
      return performance.now() - start;
    },
    async tableScrollJumps(jumps) {
      const table = query('[role="table"]') as HTMLElement | null;
      if (!table) throw new Error('Measure tableFirstPaint first: the table is not shown.');
      const rowCount = Number(table.getAttribute('aria-rowcount')) - 1;
      const times: number[] = [];
      for (let jump = 0; jump < jumps; jump++) {
        const target = Math.floor(Math.random() * (rowCount - 50));
        const start = performance.now();
        table.scrollTop = target * TABLE_ROW_HEIGHT;
        const rowIndex = target + 2;
        await waitForElement(table, () => query(`${tableRow(rowIndex)} ${FIRST_DATA_CELL}`));
        await afterPaint();
        times.push(performance.now() - start);
      }
      return times;
    },
  };
}

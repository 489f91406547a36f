import { useRef, useState } from 'react';
import type { TreeRow } from '../../workers/protocol';
import { copyToClipboard, useAnnouncement } from '../clipboard';
import type { DocumentClient } from '../document/document-client';
import type { RowAction } from './RowMenu';

/** What a row offers: copy its value or path, read all of a long value, and its context menu. */
export function useRowActions(client: DocumentClient) {
  const [announcement, announce] = useAnnouncement();
  const [menuRow, setMenuRow] = useState<TreeRow>();
  const [fullValue, setFullValue] = useState<{ path: string; text: string }>();
  const menuAnchor = useRef<HTMLElement | null>(null);

  const copyText = async (text: string, done: string) =>
    announce((await copyToClipboard(text)) ? done : 'Could not copy to the clipboard');

  const copy = async (row: TreeRow, part: 'value' | 'path') => {
    const text = await client.call('nodeText', { id: row.id, part });
    await copyText(text, part === 'path' ? `Copied path ${text}` : 'Copied value');
  };

  const showFullValue = async (row: TreeRow) => {
    const [path, text] = await Promise.all([
      client.call('nodeText', { id: row.id, part: 'path' }),
      client.call('nodeText', { id: row.id, part: 'value' }),
    ]);
    setFullValue({ path, text });
  };

  return {
    announcement,
    copy: (row: TreeRow, part: 'value' | 'path') => void copy(row, part),
    showFullValue: (row: TreeRow) => void showFullValue(row),
    fullValue,
    copyFullValue: () => fullValue && void copyText(fullValue.text, 'Copied value'),
    closeFullValue: () => setFullValue(undefined),
    menu: { row: menuRow, anchor: menuAnchor },
    openMenu: (row: TreeRow | undefined, element: HTMLElement | null) => {
      if (!row || !element) return;
      menuAnchor.current = element;
      setMenuRow(row);
    },
    closeMenu: () => setMenuRow(undefined),
    runMenuAction: (row: TreeRow, action: RowAction) => {
      if (action === 'show-full') void showFullValue(row);
      else void copy(row, action === 'copy-path' ? 'path' : 'value');
    },
  };
}

import { useCallback, useEffect, useState } from 'react';

export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const SHOWN_MS = 4000;

/** A short message for a polite live region ("Copied path Items[3].ID"), cleared after a while. */
export function useAnnouncement(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return [message, useCallback((next: string) => setMessage(next), [])];
}

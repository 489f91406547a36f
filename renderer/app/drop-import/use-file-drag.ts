import { useEffect, useRef, useState } from 'react';
import { carriesFiles } from './pick-file';

/**
 * Watches the whole window for files dragged in from outside. Every file drag has its default
 * cancelled, wherever it lands (an editor, an input), so the browser never opens the file in
 * place of the app; drags of text or elements inside the page are left alone.
 * Returns whether a file is being dragged over the window now.
 */
export function useFileDrag(onDrop: (transfer: DataTransfer) => void): boolean {
  const onDropRef = useRef(onDrop);
  useEffect(() => {
    onDropRef.current = onDrop;
  });
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; the window is left when they balance.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDropEvent = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      onDropRef.current(event.dataTransfer!);
    };
    const listeners = [
      ['dragenter', onEnter],
      ['dragover', onOver],
      ['dragleave', onLeave],
      ['drop', onDropEvent],
    ] as const;
    for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
    return () => {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
    };
  }, []);

  return dragging;
}

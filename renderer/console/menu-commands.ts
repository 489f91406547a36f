import { useEffect } from 'react';
import type { MenuCommand } from '../../preload/contract';
import { ocx } from '../bridge/ocx';

/** The native menu's commands (desktop app only): the same actions as the keyboard shortcuts. */
export function useMenuCommands(run: (command: MenuCommand) => void): void {
  useEffect(() => ocx.menu.onCommand(({ command }) => run(command)), [run]);
}

import { EventEmitter } from 'node:events';

/** A native menu item as the shell builds it; `click` is what choosing it (or its key) does. */
export interface FakeMenuItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: (...args: unknown[]) => void;
  submenu?: FakeMenuItem[];
}

export interface FakeMenu {
  template: FakeMenuItem[];
}

function flatten(items: FakeMenuItem[]): FakeMenuItem[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

export const Menu = {
  applicationMenu: null as FakeMenu | null,
  buildFromTemplate(template: FakeMenuItem[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    this.applicationMenu = menu;
  },
  /** Test hook: every item of the application menu, submenus included. */
  items(): FakeMenuItem[] {
    return flatten(this.applicationMenu?.template ?? []);
  },
};

export class Notification extends EventEmitter {
  static supported = true;
  static readonly shown: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }

  constructor(readonly options: { title?: string; body?: string }) {
    super();
  }
  show(): void {
    Notification.shown.push(this);
  }
  /** Test hook: the user clicks the notification. */
  click(): void {
    this.emit('click');
  }
  static reset(): void {
    Notification.supported = true;
    Notification.shown.length = 0;
  }
}

export const clipboard = {
  text: '',
  writeText(text: string): void {
    this.text = text;
  },
};

import type { ReactNode } from 'react';
import type { AppInfo, ThemePreference } from '../../preload/contract';
import iconUrl from '../../assets/icon.svg';
import { StatusBar } from './StatusBar';

interface FrameProps {
  info: AppInfo | undefined;
  theme: ThemePreference;
  onThemeChange: (theme: ThemePreference) => void;
  sidebar?: ReactNode;
  children?: ReactNode;
}

/** The application frame: sidebar, the work area, and the status bar. */
export function Frame({ info, theme, onThemeChange, sidebar, children }: FrameProps) {
  return (
    <div className="frame">
      <a className="skip-link" href="#workspace">
        Skip to workspace
      </a>
      <aside className="frame-sidebar" aria-label="Sidebar">
        <header className="brand">
          <img className="brand-mark" src={iconUrl} alt="" width={22} height={22} />
          <span className="brand-name">OC Explorer</span>
        </header>
        {sidebar}
      </aside>
      <main id="workspace" className="frame-main" tabIndex={-1}>
        {children}
      </main>
      <StatusBar info={info} theme={theme} onThemeChange={onThemeChange} />
    </div>
  );
}

import { ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import { ThemePreference, type AppInfo } from '../../preload/contract';

interface StatusBarProps {
  info: AppInfo | undefined;
  theme: ThemePreference;
  onThemeChange: (theme: ThemePreference) => void;
}

const THEME_LABELS: Record<ThemePreference, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

export function StatusBar({ info, theme, onThemeChange }: StatusBarProps) {
  const selectTheme = (keys: Set<Key>) => {
    const parsed = ThemePreference.safeParse([...keys][0]);
    if (parsed.success) onThemeChange(parsed.data);
  };

  return (
    <footer className="status-bar" aria-label="Status bar">
      <span className="status-item" title="Where OC Explorer is running">
        {info ? (info.runtime === 'electron' ? 'Desktop' : 'Browser mode') : 'Connecting…'}
      </span>
      {info && <span className="status-item">v{info.version}</span>}
      {info && (
        <span className="status-item status-path" title={info.dataDir}>
          Data: {info.dataDir}
        </span>
      )}
      <ToggleButtonGroup
        className="theme-switch"
        aria-label="Theme"
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[theme]}
        onSelectionChange={selectTheme}
      >
        {ThemePreference.options.map((option) => (
          <ToggleButton key={option} id={option} className="theme-option">
            {THEME_LABELS[option]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </footer>
  );
}

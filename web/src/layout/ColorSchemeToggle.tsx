import { ActionIcon } from '@mantine/core';
import { MoonIcon, SunIcon } from './icons.js';
import { useColorSchemeToggle } from './useColorSchemeToggle.js';

/** The light/dark switch of the header and the login page; the browser's own tooltip names it. */
export function ColorSchemeToggle() {
  const { next, toggle } = useColorSchemeToggle();
  const label = `Switch to ${next} mode`;
  return (
    <ActionIcon variant="default" size="lg" aria-label={label} title={label} onClick={toggle}>
      {next === 'light' ? <SunIcon /> : <MoonIcon />}
    </ActionIcon>
  );
}

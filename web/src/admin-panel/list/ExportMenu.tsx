import { Button, Menu } from '@mantine/core';
import { EXPORT_FORMATS, exportHref } from '../downloads.js';

/** Downloads the whole list as it is filtered and sorted; plain links, so the browser streams the file itself. */
export function ExportMenu({ model, query }: { model: string; query: Record<string, string | undefined> }) {
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <Button variant="default">Export</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Matching rows as</Menu.Label>
        {EXPORT_FORMATS.map(({ format, label }) => (
          <Menu.Item key={format} component="a" href={exportHref(model, format, query)} download data-format={format}>
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

import { Typography } from '@mantine/core';
import Markdown from 'react-markdown';

/** Markdown from a widget's config. Raw HTML in it is dropped, never rendered. */
export function MarkdownText({ markdown }: { markdown: string }) {
  return (
    <Typography data-testid="markdown" style={{ height: '100%', overflow: 'auto' }}>
      <Markdown skipHtml>{markdown}</Markdown>
    </Typography>
  );
}

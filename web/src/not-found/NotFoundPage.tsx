import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../layout/usePageTitle.js';

/** `standalone` fills the viewport when there is no app layout around it (signed-out visitors). */
export function NotFoundPage({ standalone = false }: { standalone?: boolean }) {
  usePageTitle('Not found');
  return (
    <Center h={standalone ? '100vh' : undefined} py={standalone ? undefined : 'xl'} p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <Text fw={800} fz={64} c="dimmed" lh={1}>
          404
        </Text>
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed">The page you asked for does not exist or has moved.</Text>
        <Button component={Link} to="/" variant="light" mt="sm">
          Back to Home
        </Button>
      </Stack>
    </Center>
  );
}

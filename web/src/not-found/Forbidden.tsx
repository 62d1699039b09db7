import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';

export function Forbidden() {
  return (
    <Center py="xl" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <Title order={1} size="h2">
          No access
        </Title>
        <Text c="dimmed">Your role does not allow you to view this page. Ask an administrator if you need it.</Text>
        <Button component={Link} to="/" variant="light" mt="sm">
          Back to Home
        </Button>
      </Stack>
    </Center>
  );
}

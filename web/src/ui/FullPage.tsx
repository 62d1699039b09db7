import { Alert, Button, Center, Loader, Stack } from '@mantine/core';

export function FullPageLoader() {
  return (
    <Center h="100vh">
      <Loader aria-label="Loading" />
    </Center>
  );
}

export function FullPageError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Center h="100vh" p="md">
      <Stack maw={420} w="100%">
        <Alert color="red" title="Tessera could not load">
          {message}
        </Alert>
        <Button onClick={onRetry}>Try again</Button>
      </Stack>
    </Center>
  );
}

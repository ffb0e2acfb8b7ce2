import { Box, Text } from "ink";
import { useContext } from "react";
import type { ReactNode } from "react";
import type { Problem } from "@twofold/client";
import { AppContext } from "../lib/context";
import { TEXT } from "../lib/text";
import { problemSentence } from "../lib/text-settings";
import { useTheme } from "./theme";

/**
 * Every screen: the title line, the body, the last error as a sentence, and one line naming
 * the keys that work here.
 */
export function Screen({
  title,
  keys,
  problem,
  notice,
  compact = false,
  children,
}: {
  title: string;
  keys: string;
  problem?: Problem | null;
  notice?: string | null;
  /** No blank lines around the body: for screens that need every row (the QR code). */
  compact?: boolean;
  children: ReactNode;
}): ReactNode {
  const theme = useTheme();
  const server = useContext(AppContext)?.server;
  return (
    <Box flexDirection="column">
      <Text bold color={theme.accent}>
        {TEXT.title} · {title}
      </Text>
      <Box flexDirection="column" marginY={compact ? 0 : 1}>
        {children}
      </Box>
      {notice && <Text color={theme.ok}>{notice}</Text>}
      {problem && (
        <Text color={theme.error} bold>
          {theme.color ? "" : "! "}
          {problemSentence(problem, server)}
        </Text>
      )}
      <Text dimColor={theme.dim}>{keys}</Text>
    </Box>
  );
}

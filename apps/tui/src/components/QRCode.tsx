import { Box, Text } from "ink";
import { useMemo } from "react";
import type { ReactNode } from "react";
import { qrLines } from "../lib/qr";
import { useTheme } from "./theme";

/**
 * The QR code in half blocks. With colours it is drawn black on white whatever the terminal's
 * own colours; without, light modules are blocks, which reads right on a dark terminal.
 */
export function QRCode({ text }: { text: string }): ReactNode {
  const theme = useTheme();
  const lines = useMemo(() => qrLines(text), [text]);
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text
          key={i}
          color={theme.color ? "white" : undefined}
          backgroundColor={theme.color ? "black" : undefined}
        >
          {line}
        </Text>
      ))}
    </Box>
  );
}

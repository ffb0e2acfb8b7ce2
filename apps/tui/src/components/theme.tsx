import { createContext, useContext } from "react";

/** Colours when the terminal has them; plain text (bold and inverse only) under NO_COLOR. */
export interface Theme {
  accent: string | undefined;
  error: string | undefined;
  ok: string | undefined;
  /** Advice that matters (a weak method), short of an error. */
  warn: string | undefined;
  dim: boolean;
  color: boolean;
}

export function themeFor(env: NodeJS.ProcessEnv): Theme {
  const color = !("NO_COLOR" in env && env.NO_COLOR !== "") && env.TERM !== "dumb";
  return color
    ? { accent: "cyan", error: "red", ok: "green", warn: "yellow", dim: true, color }
    : { accent: undefined, error: undefined, ok: undefined, warn: undefined, dim: false, color };
}

export const ThemeContext = createContext<Theme>(themeFor({}));

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

import * as z from "zod";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** No database work, no I/O: the framework's own cost for the bench; shows a server answers. */
export const systemRouter = createTRPCRouter({
  ping: publicProcedure
    .output(z.object({ status: z.literal("ok") }))
    .query(() => ({ status: "ok" as const })),
});

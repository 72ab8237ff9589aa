// Runs the notification-storage conformance suite (src/server/notifications/conformance) as jest
// tests: one `it` per case, each on fresh storage from `open`, closed afterwards.
import { notificationConformanceCases, type NotificationStorage } from "../../src/server/notifications/conformance/index.js";

export interface OpenedStorage {
  readonly storage: NotificationStorage;
  close(): Promise<void>;
}

export function describeNotificationConformance(name: string, open: () => Promise<OpenedStorage>): void {
  describe(`${name} (notification storage conformance)`, () => {
    for (const c of notificationConformanceCases) {
      it(c.name, async () => {
        const opened = await open();
        try {
          await c.run(opened.storage);
        } finally {
          await opened.close();
        }
      });
    }
  });
}

import type { PlatformId } from '@/lib/domain/platform-id';
import { platform } from '@/lib/domain/platform-metadata';

/** The platform's short mark beside its name, so the platform never depends on colour alone. */
export function PlatformMark({ id, withName = false }: { id: PlatformId; withName?: boolean }) {
  const def = platform(id);
  return (
    <span class="platform">
      <span class={`platform__mark platform__mark--${id}`} aria-hidden="true">
        {def.mark}
      </span>
      {withName ? <span class="platform__name">{def.displayName}</span> : null}
    </span>
  );
}

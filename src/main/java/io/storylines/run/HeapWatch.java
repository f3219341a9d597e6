package io.storylines.run;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap use of this JVM (the driver; in local mode also its executors), for the run
 * manifest. The heap is fullest just before a garbage collection, so every collection reports the
 * heap pools' use before it ({@link GarbageCollectionNotificationInfo}); the use when a stage ends
 * counts too. Sampling the heap at intervals would miss those peaks.
 *
 * <p>Two figures: the peak before a collection (what the heap held, garbage included) and the peak
 * after one. The second is only an upper bound of the live data: a young collection leaves the old
 * generation's garbage in place, so with a large heap it stays close to the first.
 *
 * <p>One instance per JVM ({@link #get()}), listening from its first use; runs in one JVM are
 * sequential, and each {@link #restart()} begins a new measuring window.
 */
public final class HeapWatch {
  private static final HeapWatch INSTANCE = new HeapWatch();

  private final Set<String> heapPools = new HashSet<>();
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong live = new AtomicLong();

  private HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                record(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
                live.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
              }
            },
            null,
            null);
      }
    }
  }

  public static HeapWatch get() {
    return INSTANCE;
  }

  /** Starts a new window: its peak is the heap in use now, until something larger is seen. */
  public void restart() {
    peak.set(usedNow());
    live.set(0);
  }

  /** The largest heap use seen in the current window, in bytes, the present use included. */
  public long peakBytes() {
    record(usedNow());
    return peak.get();
  }

  /**
   * The most heap still in use just after a garbage collection in the current window, in bytes (0
   * when no collection ran): an upper bound of the window's live data, which counts the old
   * generation's garbage that young collections leave in place.
   */
  public long peakLiveBytes() {
    return live.get();
  }

  /** The heap's limit ({@code -Xmx}), in bytes, or -1 when it has none. */
  public long maxBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  private void record(long used) {
    peak.accumulateAndGet(used, Math::max);
  }

  private static long usedNow() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private long heapUsed(Map<String, MemoryUsage> pools) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }
}

package com.sroworkflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on. */
final class Machine {

  private Machine() {}

  static String describe() {
    return cores() + " cores, " + memoryGb() + " GB memory, " + cpuModel() + ", Java " + System.getProperty("java.version")
        + " (" + System.getProperty("java.vm.name") + "), max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB, " + System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  static String memoryGb() {
    String total = grep("/proc/meminfo", "MemTotal:");
    if (total == null) {
      return "?";
    }
    long kb = Long.parseLong(total.replaceAll("[^0-9]", ""));
    return String.format("%.1f", kb / 1024.0 / 1024.0);
  }

  static String cpuModel() {
    String model = grep("/proc/cpuinfo", "model name");
    return model == null ? "unknown CPU" : model.substring(model.indexOf(':') + 1).trim();
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "?";
    }
  }

  static long rssBytes() {
    return rssBytes("self");
  }

  static long rssBytes(String pid) {
    String rss = grep("/proc/" + pid + "/status", "VmRSS:");
    return rss == null ? -1 : Long.parseLong(rss.replaceAll("[^0-9]", "")) * 1024;
  }

  /** CPU time (user and system) a process has used so far, from /proc (clock ticks of 1/100 s). */
  static double cpuSeconds(String pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (Exception e) {
      return -1;
    }
  }

  private static String grep(String file, String prefix) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(prefix)) {
          return line;
        }
      }
    } catch (Exception e) {
      return null;
    }
    return null;
  }
}

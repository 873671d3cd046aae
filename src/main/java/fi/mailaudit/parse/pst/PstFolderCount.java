package fi.mailaudit.parse.pst;

import java.io.Serializable;

/**
 * What the store says a folder holds, for the manifest's expected-vs-emitted check.
 *
 * @param folderPath the folder's path below the store root, display names joined by {@code /}
 * @param expected PR_CONTENT_COUNT of the folder
 * @param listed how many item descriptor ids the planner found for it (fewer than {@code expected}
 *     when the contents table is damaged)
 */
public record PstFolderCount(String folderPath, int expected, int listed) implements Serializable {}

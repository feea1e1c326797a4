package org.occtensor.cli.commands;

import java.io.PrintWriter;

import org.occtensor.refine.api.PluginRegistry;

/** What every command needs: the plug-ins found at start-up and the output streams. */
public record CommandContext(PluginRegistry registry, PrintWriter out, PrintWriter err) {
}

package org.maturityadvisor.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version} of every command: the jar's Implementation-Version (set by the build), and the Java it runs on. */
final class CliVersion implements IVersionProvider {

    static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"maturity-advisor " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}

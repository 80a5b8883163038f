package nl.verwijsindex.bench.mail;

/** The command line of {@link MailSink}: the SMTP port and the arrivals file. */
record MailSinkOptions(int port, String out) {

    static MailSinkOptions parse(String[] args) {
        int port = 18025;
        String out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--out" -> out = value(args, ++i, "--out");
                default -> throw new IllegalArgumentException(
                        "Unknown option " + args[i] + "; expected --port PORT and --out FILE");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("Missing --out FILE, the file that receives one line per email");
        }
        return new MailSinkOptions(port, out);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Missing the value of " + option);
        }
        return args[index];
    }
}

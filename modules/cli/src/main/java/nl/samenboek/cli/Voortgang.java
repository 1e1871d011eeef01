package nl.samenboek.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of long CLI work over a file, in MB; silent when asked or when there is no terminal. */
final class Voortgang {

    private Voortgang() {
    }

    static ProgressBar balk(String taak, long bytes, boolean stil) {
        ProgressBarBuilder bouwer = new ProgressBarBuilder().setTaskName(taak).setInitialMax(bytes)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).showSpeed();
        if (stil || System.console() == null) {
            bouwer.setConsumer(new Stil());
        }
        return bouwer.build();
    }

    private static final class Stil implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return 0;
        }

        @Override
        public void accept(String rendered) {
        }

        @Override
        public void close() {
        }
    }
}

package nl.samenboek.messages.monitor;

import nl.samenboek.messages.Gebeurtenis;

/** An event of the samenwerking's monitor. The list is closed, so a fold over them can be checked for completeness. */
public sealed interface MonitorGebeurtenis extends Gebeurtenis permits NormenkaderVastgesteld, MetingGedaan, MetingVastgesteld {
}

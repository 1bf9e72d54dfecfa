package com.weeklyreview.atlassian.confluence;

/** The {@code channelcost} macro: acquisition cost by channel. */
public class ChannelCostMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public ChannelCostMacro(ConfluenceMacroHost host) {
        super(host, "ChannelCost");
    }
}

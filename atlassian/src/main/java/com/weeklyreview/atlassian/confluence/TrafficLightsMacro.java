package com.weeklyreview.atlassian.confluence;

/** The {@code trafficlights} macro: the KPI traffic lights. */
public class TrafficLightsMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public TrafficLightsMacro(ConfluenceMacroHost host) {
        super(host, "TrafficLights");
    }
}

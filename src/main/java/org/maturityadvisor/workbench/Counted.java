package org.maturityadvisor.workbench;

import org.springframework.stereotype.Component;

/** A number with its noun, singular or plural as it should read: "1 criterion", "2 criteria", "0 changes". */
@Component("counted")
public class Counted {

    public String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}

package cn.jsedu.ledger.kernel.id;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet,
 * the last one a check character over the first 17. Validated on construction, so a mistyped code is
 * refused at the door instead of naming an enterprise that does not exist.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (value == null || value.length() != 18) {
            throw new IllegalArgumentException("a unified social credit code has 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException(
                        "a unified social credit code uses only digits and the letters ABCDEFGHJKLMNPQRTUWXY");
            }
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new IllegalArgumentException("the check character of the unified social credit code is wrong");
        }
    }

    /** Completes a 17-character prefix with its check character (for tests and demo data). */
    public static CreditCode withCheckCharacter(String prefix17) {
        return new CreditCode(prefix17 + checkCharacter(prefix17));
    }

    private static char checkCharacter(String prefix17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int code = ALPHABET.indexOf(prefix17.charAt(i));
            if (code < 0) {
                throw new IllegalArgumentException(
                        "a unified social credit code uses only digits and the letters ABCDEFGHJKLMNPQRTUWXY");
            }
            sum += code * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    @Override
    public String toString() {
        return value;
    }
}

package fi.mailaudit.sampledata;

/**
 * How well an agent writes: the probability of each move of seed 003's model reply (greeting,
 * thanks, answers, when to expect, wishes, closing, signature) and of each bingo habit of seed
 * 002. One table, so the spread from excellent to poor can be tuned in one place.
 */
enum Quality {
  //           named generic thanks stock templ  q2   time  empat apol  invit wish  close fullsig gracious dismissive
  EXCELLENT(0.95, 0.05, 0.95, 0.00, 0.00, 1.00, 1.00, 0.70, 0.95, 0.90, 0.90, 0.98, 0.95, 0.90, 0.05),
  GOOD(0.75, 0.20, 0.85, 0.05, 0.05, 0.85, 0.85, 0.50, 0.80, 0.70, 0.70, 0.95, 0.80, 0.70, 0.20),
  MIXED(0.45, 0.35, 0.60, 0.15, 0.20, 0.55, 0.60, 0.30, 0.55, 0.45, 0.45, 0.85, 0.50, 0.35, 0.50),
  POOR(0.15, 0.45, 0.35, 0.35, 0.40, 0.35, 0.35, 0.10, 0.35, 0.20, 0.20, 0.60, 0.30, 0.15, 0.55),
  TEMPLATE(0.00, 0.85, 0.90, 0.90, 0.90, 0.10, 0.30, 0.00, 0.50, 0.30, 0.10, 0.95, 0.90, 0.10, 0.30);

  final double named;
  final double generic;
  final double thanks;
  final double stock;
  final double template;
  final double answerSecond;
  final double timeframe;
  final double empathy;
  final double apology;
  final double invitation;
  final double wishes;
  final double closing;
  final double fullSignature;
  final double gracious;
  final double dismissive;

  Quality(double named, double generic, double thanks, double stock, double template,
      double answerSecond, double timeframe, double empathy, double apology, double invitation,
      double wishes, double closing, double fullSignature, double gracious, double dismissive) {
    this.named = named;
    this.generic = generic;
    this.thanks = thanks;
    this.stock = stock;
    this.template = template;
    this.answerSecond = answerSecond;
    this.timeframe = timeframe;
    this.empathy = empathy;
    this.apology = apology;
    this.invitation = invitation;
    this.wishes = wishes;
    this.closing = closing;
    this.fullSignature = fullSignature;
    this.gracious = gracious;
    this.dismissive = dismissive;
  }
}

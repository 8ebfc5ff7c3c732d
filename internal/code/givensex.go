// The sex a person's given name tells, for "he" and "she" (pron18).
//
// A title gives a person's sex ("Mr", "Ms": pronState.sex), but most
// articles name people without one ("Hillary Clinton", "John Kerry"), so
// "he" could stand for a woman the article named last and "her" for a
// man. A common given name before a surname tells the sex as well; names
// used for both sexes (Chris, Jean, Kim, Jordan, Lindsey, Robin …) are
// left out.

package code

import "strings"

// givenNames are common given names with the sex they give.
var givenNames = func() map[string]byte {
	out := map[string]byte{}
	for _, w := range strings.Fields(`ABDULLAH AHMED ALAN ALBERT ALEXANDER ALI ANDREW ANTHONY ARIEL ARTHUR
		BARACK BARRY BEN BENJAMIN BERNARD BERNIE BILL BORIS BRIAN CARLOS CHARLES COLIN DANIEL DAVID DICK
		DMITRY DONALD DOUGLAS EDWARD EHUD ERIC FIDEL FRANCOIS FRANK FRANKLIN FRED FREDERICK GARY GEORGE
		GERALD GERHARD GORDON GREGORY HANS HAROLD HARRY HELMUT HENRY HERBERT HOSNI HOWARD HUGO HUSSEIN
		IAN JACK JACQUES JAMES JEB JEFFREY JEREMY JIM JIMMY JOE JOHN JONATHAN JOSE JOSEPH JUAN KARL KENNETH
		KEVIN KLAUS KOFI LARRY LAWRENCE LUIS MANUEL MARCO MARK MARTIN MATTHEW MICHAEL MIGUEL MIKE MIKHAIL
		MITT MOHAMMED MUHAMMAD NELSON NEWT NICK NICHOLAS NORMAN OMAR OTTO PATRICK PAUL PEDRO PETER PHILIP
		RAHM RAND RICHARD RICK ROBERT ROGER RONALD RUDY SAM SAMUEL SCOTT SERGEI SHIMON SILVIO STEPHEN
		STEVEN THOMAS TIM TIMOTHY TOM TONY VLADIMIR WALTER WILLIAM WOLFGANG YASSER YITZHAK`) {
		out[w] = 'm'
	}
	for _, w := range strings.Fields(`ALICE AMY ANGELA ANN ANNE BARBARA BENAZIR CAROLINE CATHERINE CHELSEA
		CHRISTINE CLAIRE CLARE CONDOLEEZZA CRISTINA DEBORAH DIANE DIANNE DILMA ELENA ELIZABETH EMILY EMMA
		GOLDA HANNAH HARRIET HELEN HILLARY HUMA INDIRA IVANKA JANE JANET JENNIFER JESSICA JILL JOAN JUDITH
		JULIA KAMALA KAREN KATHERINE KATHLEEN KIRSTEN LAURA LINDA LISA LORETTA MADELEINE MARGARET MARIA
		MARIE MARTHA MARY MAXINE MEGAWATI MELANIA MICHELLE NANCY NICOLA NIKKI PATRICIA RACHEL REBECCA RUTH
		SALLY SAMANTHA SARAH SHIRLEY SONIA SUSAN TERESA THERESA TESSA VALERIE YULIA YVETTE`) {
		out[w] = 'f'
	}
	return out
}()

// givenSex is the sex the first given name among a name's words gives
// when a capitalised word (a surname) follows it ("secretary of state
// Hillary Clinton" → 'f'); 0 when none does.
func givenSex(name string) byte {
	ws := strings.Fields(name)
	for k := 0; k+1 < len(ws); k++ {
		if s := givenNames[strings.ToUpper(ws[k])]; s != 0 {
			if c := ws[k+1][0]; c >= 'A' && c <= 'Z' {
				return s
			}
		}
	}
	return 0
}

// sexOf is the sex known of a person of the history: from a title the
// article gave it, else from a given name in its name as named or in
// its entry's main name; 0 when neither tells.
func (st *state) sexOf(m member) byte {
	if s := st.pron.sex[m.actor.Name]; s != 0 {
		return s
	}
	if s := givenSex(m.actor.Name); s != 0 {
		return s
	}
	if m.entry != nil && len(m.entry.Names) > 0 {
		return givenSex(m.entry.Names[0].String())
	}
	return 0
}

package templates

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"text/template"
	"time"
)

// mathFuncs are the arithmetic and number conversions. The integer
// functions take any value and read it as toInt64 does, returning int64;
// the functions ending in f read their arguments as toFloat64 does and
// compute in decimal, so that "addf 0.1 0.2" is 0.3.
func mathFuncs() template.FuncMap {
	return template.FuncMap{
		"add1": func(a any) int64 { return toInt64(a) + 1 },
		"add": func(nums ...any) int64 {
			var sum int64
			for _, n := range nums {
				sum += toInt64(n)
			}
			return sum
		},
		"sub": func(a, b any) int64 { return toInt64(a) - toInt64(b) },
		"mul": func(a any, more ...any) int64 {
			product := toInt64(a)
			for _, n := range more {
				product *= toInt64(n)
			}
			return product
		},
		"div":     intDiv,
		"mod":     intMod,
		"max":     func(a any, more ...any) int64 { return pickInt(a, more, 1) },
		"biggest": func(a any, more ...any) int64 { return pickInt(a, more, 1) },
		"min":     func(a any, more ...any) int64 { return pickInt(a, more, -1) },
		"maxf":    func(a any, more ...any) float64 { return pickFloat(a, more, math.Max) },
		"minf":    func(a any, more ...any) float64 { return pickFloat(a, more, math.Min) },
		"ceil":    func(a any) float64 { return math.Ceil(toFloat64(a)) },
		"floor":   func(a any) float64 { return math.Floor(toFloat64(a)) },
		"round":   round,

		"add1f": func(a any) (float64, error) { return decimalOp(decimalAdd, a, 1) },
		"addf":  func(nums ...any) (float64, error) { return decimalOp(decimalAdd, 0.0, nums...) },
		"subf":  func(a any, more ...any) (float64, error) { return decimalOp(decimalSub, a, more...) },
		"mulf":  func(a any, more ...any) (float64, error) { return decimalOp(decimalMul, a, more...) },
		"divf":  func(a any, more ...any) (float64, error) { return decimalOp(decimalDiv, a, more...) },

		"int64":   toInt64,
		"int":     func(v any) int { return int(toInt64(v)) },
		"float64": toFloat64,
		"atoi": func(s string) int {
			n, _ := strconv.Atoi(s)
			return n
		},
		"toDecimal": octalToInt,
	}
}

// intDiv is a / b, refusing to divide by zero.
func intDiv(a, b any) (int64, error) {
	d := toInt64(b)
	if d == 0 {
		return 0, fmt.Errorf("div: division by zero")
	}
	return toInt64(a) / d, nil
}

// intMod is a % b, refusing a zero divisor.
func intMod(a, b any) (int64, error) {
	d := toInt64(b)
	if d == 0 {
		return 0, fmt.Errorf("mod: division by zero")
	}
	return toInt64(a) % d, nil
}

// pickInt returns the largest (sign 1) or smallest (sign -1) of the
// numbers.
func pickInt(first any, more []any, sign int64) int64 {
	best := toInt64(first)
	for _, v := range more {
		if n := toInt64(v); (sign > 0 && n > best) || (sign < 0 && n < best) {
			best = n
		}
	}
	return best
}

// pickFloat folds the numbers with math.Max or math.Min.
func pickFloat(first any, more []any, pick func(x, y float64) float64) float64 {
	best := toFloat64(first)
	for _, v := range more {
		best = pick(best, toFloat64(v))
	}
	return best
}

// round rounds a to places decimal places, rounding up from the fraction
// roundOn (0.5 unless given) of the last place.
func round(a any, places int, roundOn ...float64) float64 {
	threshold := .5
	if len(roundOn) > 0 {
		threshold = roundOn[0]
	}
	scale := math.Pow(10, float64(places))
	scaled := scale * toFloat64(a)
	if _, frac := math.Modf(scaled); frac >= threshold {
		return math.Ceil(scaled) / scale
	}
	return math.Floor(scaled) / scale
}

// octalToInt reads a value printed as an octal number, as a Unix file
// mode is written: "0755" is 493. Anything else is 0.
func octalToInt(v any) int64 {
	n, err := strconv.ParseInt(fmt.Sprint(v), 8, 64)
	if err != nil {
		return 0
	}
	return n
}

// deref follows pointers to what they point to, stopping at a nil one.
func deref(v any) any {
	r := reflect.ValueOf(v)
	if r.Kind() != reflect.Pointer {
		return v
	}
	for r.Kind() == reflect.Pointer && !r.IsNil() {
		r = r.Elem()
	}
	return r.Interface()
}

// toInt64 reads a value as an integer: numbers (floats truncated), bools
// as 1 and 0, strings in Go's notation ("42", "0x2A", "0o52", "42.00"),
// time.Month and time.Weekday, through pointers. Anything else, nil
// included, is 0.
func toInt64(v any) int64 {
	switch x := deref(v).(type) {
	case int:
		return int64(x)
	case time.Month:
		return int64(x)
	case time.Weekday:
		return int64(x)
	case int64:
		return x
	case int32:
		return int64(x)
	case int16:
		return int64(x)
	case int8:
		return int64(x)
	case uint:
		return int64(x)
	case uint64:
		return int64(x)
	case uint32:
		return int64(x)
	case uint16:
		return int64(x)
	case uint8:
		return int64(x)
	case float64:
		return int64(x)
	case float32:
		return int64(x)
	case string:
		if n, err := strconv.ParseInt(trimZeroFraction(x), 0, 0); err == nil {
			return n
		}
	case json.Number:
		return toInt64(string(x))
	case bool:
		if x {
			return 1
		}
	}
	return 0
}

// trimZeroFraction drops a fraction of only zeros: "42.00" is "42".
func trimZeroFraction(s string) string {
	dot := strings.LastIndexByte(s, '.')
	if dot < 0 || dot == len(s)-1 || strings.Trim(s[dot+1:], "0") != "" {
		return s
	}
	return s[:dot]
}

// toFloat64 reads a value as a float: numbers, bools as 1 and 0, strings
// as strconv.ParseFloat reads them, values with a Float64 method (such as
// json.Number), time.Month and time.Weekday, through pointers. Anything
// else, nil included, is 0.
func toFloat64(v any) float64 {
	switch x := deref(v).(type) {
	case int:
		return float64(x)
	case time.Month:
		return float64(x)
	case time.Weekday:
		return float64(x)
	case float64:
		return x
	case float32:
		return float64(x)
	case int64:
		return float64(x)
	case int32:
		return float64(x)
	case int16:
		return float64(x)
	case int8:
		return float64(x)
	case uint:
		return float64(x)
	case uint64:
		return float64(x)
	case uint32:
		return float64(x)
	case uint16:
		return float64(x)
	case uint8:
		return float64(x)
	case string:
		if f, err := strconv.ParseFloat(x, 64); err == nil {
			return f
		}
	case interface{ Float64() (float64, error) }:
		f, err := x.Float64()
		if err != nil {
			return 0
		}
		return f
	case interface{ Float64() float64 }:
		return x.Float64()
	case bool:
		if x {
			return 1
		}
	}
	return 0
}

// divisionPlaces are the decimal places divf keeps of a quotient that does
// not end, rounding the last half away from zero.
const divisionPlaces = 16

// A decimal operation combines two exact decimal values.
type decimalOperation func(x, y *big.Rat) (*big.Rat, error)

func decimalAdd(x, y *big.Rat) (*big.Rat, error) { return new(big.Rat).Add(x, y), nil }
func decimalSub(x, y *big.Rat) (*big.Rat, error) { return new(big.Rat).Sub(x, y), nil }
func decimalMul(x, y *big.Rat) (*big.Rat, error) { return new(big.Rat).Mul(x, y), nil }

func decimalDiv(x, y *big.Rat) (*big.Rat, error) {
	if y.Sign() == 0 {
		return nil, fmt.Errorf("division by zero")
	}
	return roundPlaces(new(big.Rat).Quo(x, y), divisionPlaces), nil
}

// roundPlaces rounds r to places decimal places, half away from zero.
func roundPlaces(r *big.Rat, places int64) *big.Rat {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(places), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	q, rem := new(big.Int).QuoRem(num, r.Denom(), new(big.Int))
	// Round away from zero when the remainder is at least half the divisor.
	if new(big.Int).Lsh(rem.Abs(rem), 1).Cmp(r.Denom()) >= 0 {
		q.Add(q, big.NewInt(int64(num.Sign())))
	}
	return new(big.Rat).SetFrac(q, scale)
}

// decimalOp reads each number as toFloat64 does, takes the shortest
// decimal that reads back as that float (0.1 is exactly 0.1), folds the
// numbers with op in exact decimal arithmetic and returns the float
// nearest the result. NaN and infinities have no decimal and are refused.
func decimalOp(op decimalOperation, first any, more ...any) (float64, error) {
	acc, err := exactDecimal(first)
	if err != nil {
		return 0, err
	}
	for _, v := range more {
		x, err := exactDecimal(v)
		if err != nil {
			return 0, err
		}
		if acc, err = op(acc, x); err != nil {
			return 0, err
		}
	}
	f, _ := acc.Float64()
	return f, nil
}

// exactDecimal is the shortest decimal that reads back as the float of v.
func exactDecimal(v any) (*big.Rat, error) {
	f := toFloat64(v)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, fmt.Errorf("cannot compute in decimal with %v", f)
	}
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
	if !ok {
		return nil, fmt.Errorf("cannot read %v as a decimal", f)
	}
	return r, nil
}

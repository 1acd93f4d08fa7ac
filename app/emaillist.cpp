#include "emaillist.h"
